# The kg app for Docker Compose: Python 3.11, CPU-only torch, the pinned requirements.
FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 \
    PYTHONUNBUFFERED=1 \
    KG_DATA_DIR=/data

WORKDIR /app
# torch first, from the CPU index, so sentence-transformers does not pull CUDA packages.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY requirements.txt requirements-data.txt ./
RUN pip install -r requirements.txt && pip install --no-deps -r requirements-data.txt
COPY . .
RUN pip install --no-deps -e .

VOLUME ["/data"]
EXPOSE 5000
# Ingest the bundled samples on first start (idempotent), then serve.
CMD ["sh", "-c", "kg ingest samples && kg serve --host 0.0.0.0 --port 5000"]

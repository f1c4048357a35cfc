// The ingest page: sends the upload with the token in an Authorization header (so the server can
// refuse it before reading the body) and follows a job by polling its JSON twin.
(function () {
  const form = document.getElementById("ingest-form");
  if (form) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const body = new FormData(form);
      const token = body.get("token");
      body.delete("token");
      const headers = {Accept: "application/json"};
      if (token) headers.Authorization = "Bearer " + token;
      const error = document.getElementById("ingest-error");
      fetch("/ingest.json", {method: "POST", body: body, headers: headers})
        .then((response) => response.json().then((data) => ({ok: response.ok, data: data})))
        .then(({ok, data}) => {
          if (ok) { window.location.href = data.job_url; return; }
          error.textContent = data.error ? data.error.message : "导入失败。";
          error.hidden = false;
        })
        .catch(() => { error.textContent = "上传失败：无法连接服务器。"; error.hidden = false; });
    });
  }
  const box = document.getElementById("job");
  if (!box) return;
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text || ""; return td; };
  function render(job) {
    document.getElementById("job-progress").value = job.done;
    document.getElementById("job-count").textContent = job.done + "/" + job.files;
    document.getElementById("job-step").textContent = job.step_label;
    const rows = document.getElementById("job-files");
    rows.replaceChildren(...job.results.map((f) => {
      const tr = document.createElement("tr");
      tr.append(cell(f.path), cell(f.status_label), cell(f.error || f.title));
      return tr;
    }));
    if (job.summary) {
      const s = job.summary;
      document.getElementById("job-summary").textContent = "新导入 " + s.ingested + " · 未变化 " + s.unchanged +
        " · 失败 " + s.failed.length + "；现有报告 " + s.reports + " 篇、段落 " + s.paragraphs + " 段。";
    }
    if (job.error) {
      const error = document.getElementById("job-error");
      error.textContent = job.error;
      error.hidden = false;
    }
    return job.step === "done" || job.step === "failed";
  }
  function poll() {
    fetch(box.dataset.url, {headers: {Accept: "application/json"}})
      .then((response) => response.json())
      .then((data) => { if (!render(data.job)) setTimeout(poll, 500); });
  }
  poll();
})();

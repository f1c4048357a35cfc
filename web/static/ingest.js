// Follows an ingest job: polls its JSON twin and updates the progress bar and the per-file table.
(function () {
  const box = document.getElementById("job");
  if (!box) return;
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text || ""; return td; };
  function render(job) {
    document.getElementById("job-progress").value = job.done;
    document.getElementById("job-count").textContent = job.done + "/" + job.files;
    document.getElementById("job-step").textContent = job.step;
    const rows = document.getElementById("job-files");
    rows.replaceChildren(...job.results.map((f) => {
      const tr = document.createElement("tr");
      tr.append(cell(f.path), cell(f.status), cell(f.error || f.title));
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

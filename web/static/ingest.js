// Shows that a long upload is being processed (the server answers when every file is done).
document.getElementById("ingest-form").addEventListener("submit", function () {
  document.getElementById("progress").hidden = false;
});

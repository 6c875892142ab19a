// Report webview: clicking a passage asks the extension to open it in the editor.
(function () {
  const vscode = acquireVsCodeApi();
  // Marks the page as one to restore after a reload (the extension renders it again from the view).
  vscode.setState({ report: 1 });
  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('a.passage') : null;
    if (!a) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', file: a.dataset.file, start: Number(a.dataset.start), end: Number(a.dataset.end) });
  });
})();

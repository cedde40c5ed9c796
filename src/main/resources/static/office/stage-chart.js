// The office overview's chart: the applications by stage, read from the page's own table.
(function () {
  var canvas = document.getElementById('stage-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var labels = [];
  var counts = [];
  document.querySelectorAll('#stage-table tbody tr').forEach(function (row) {
    labels.push(row.cells[0].textContent);
    counts.push(Number(row.cells[1].textContent));
  });
  new Chart(canvas, {
    type: 'bar',
    data: {labels: labels, datasets: [{label: '申报数', data: counts, backgroundColor: '#1f4e79'}]},
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      plugins: {legend: {display: false}, title: {display: true, text: '各阶段申报数'}},
      scales: {x: {beginAtZero: true, ticks: {precision: 0}}}
    }
  });
  canvas.setAttribute('data-drawn', 'true');
})();

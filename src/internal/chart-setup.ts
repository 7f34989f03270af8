/**
 * The only module that imports Chart.js, and only its bar-chart parts, so the lazy chunk stays small.
 * Loaded through a dynamic import by `bar-chart.ts`.
 */
import {BarController, BarElement, CategoryScale, Chart, type ChartData, Legend, LinearScale, Tooltip} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export function createBarChart(canvas: HTMLCanvasElement, data: ChartData<'bar', (number | null)[]>, format: (value: number) => string) {
  const color = getComputedStyle(canvas).color;
  return new Chart(canvas, {
    type: 'bar',
    data,
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color,
      scales: {
        x: {beginAtZero: true, ticks: {color, callback: (value) => format(Number(value))}},
        y: {ticks: {color}},
      },
      plugins: {
        legend: {labels: {color}},
        tooltip: {callbacks: {label: (item) => `${item.dataset.label}: ${format(Number(item.raw))}`}},
      },
    },
  });
}

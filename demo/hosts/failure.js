// Logs every widget event on the page, and proves the page still runs after the failures.
const log = document.getElementById('event-log');
for (const type of ['career-load', 'career-error', 'career-select']) {
  document.addEventListener(type, (event) => {
    log.querySelector('.empty')?.remove();
    const item = document.createElement('li');
    item.className = type;
    const name = document.createElement('span');
    name.className = 'type';
    name.textContent = type;
    const where = event.target.closest('.case')?.querySelector('h2')?.textContent ?? event.target.localName;
    item.append(name, ` on <${event.target.localName}> (${where}): ${JSON.stringify(event.detail)}`);
    log.append(item);
  });
}
let clicks = 0;
document.getElementById('ping').addEventListener('click', () => {
  clicks += 1;
  document.getElementById('ping-count').textContent = `${clicks} click${clicks === 1 ? '' : 's'}`;
});

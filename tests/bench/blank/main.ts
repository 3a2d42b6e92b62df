// The floor for first contentful paint: a Vite page that paints one line of text.
document.getElementById('root')!.textContent = 'Samenspel';

import { paintShell } from './app/shell';
import './styles/index.css';

// The frame first (plain DOM, a few kB), then React and the start screen in their own chunks: the
// window shows Samenspel while they load and parse, instead of a blank page.
const root = document.getElementById('root')!;
paintShell(root, window.location.hash);
void import('./app/start');

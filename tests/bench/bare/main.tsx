import { createRoot } from 'react-dom/client';

// The yardstick for start-up time: React rendering one heading, precached by a service worker.
createRoot(document.getElementById('root') as HTMLElement).render(<h1>Bare React</h1>);

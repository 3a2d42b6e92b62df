import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default: on a busy two-core machine a render can take
// longer without anything being wrong. 5 s keeps real failures fast and load-induced ones away.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());

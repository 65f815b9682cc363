import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LaunchQueue, pathsFromArgv } from './launch-paths';

describe('pathsFromArgv', () => {
  it('skips the executable, switches, and in development the app folder', () => {
    const argv = ['/opt/electron', '--inspect=0', '.', '--lang=zh-TW', 'report.txt', '/abs/b.pdf'];
    expect(pathsFromArgv(argv, { isPackaged: false, cwd: '/home/me' })).toEqual([
      path.resolve('/home/me/report.txt'),
      '/abs/b.pdf',
    ]);
  });

  it('keeps every operand of a packaged app, resolved against its working directory', () => {
    expect(pathsFromArgv(['/opt/Tickmark/tickmark', 'a.docx'], { isPackaged: true, cwd: '/w' })).toEqual([
      path.resolve('/w/a.docx'),
    ]);
    expect(pathsFromArgv(['/opt/Tickmark/tickmark'], { isPackaged: true, cwd: '/w' })).toEqual([]);
  });
});

describe('LaunchQueue', () => {
  it('hands each path over once, in order, and notifies on arrival', () => {
    const queue = new LaunchQueue();
    const listener = vi.fn();
    queue.add(['/a']);
    queue.onDidAdd(listener);
    queue.add(['/b', '/c']);
    queue.add([]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(queue.take()).toEqual(['/a', '/b', '/c']);
    expect(queue.take()).toEqual([]);
  });
});

// Per-panel render times for `node bench/profile.mjs steps --react`: that build aliases react-dom to
// its profiling entry (REACT_PROFILING=1 in vite.config.ts), so React calls onRender with each
// commit's time in the wrapped tree. A production build never calls onRender: the wrapper costs a
// fiber and nothing else.
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';

interface ProfileEntry {
  id: string;
  phase: string;
  ms: number;
  at: number;
}

const record: ProfilerOnRenderCallback = (id, phase, actual, _base, start) => {
  (window as { __reactProfile?: ProfileEntry[] }).__reactProfile?.push({ id, phase, ms: actual, at: start });
};

export function Profiled({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Profiler id={id} onRender={record}>
      {children}
    </Profiler>
  );
}

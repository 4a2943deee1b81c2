// The conformance suite, camera and microphone allowed (the default test browser): every case on the real SDK
// (offline) and on the simulator, with the same assertions.
import { runConformance } from './harness.js';
import { deviceCases } from './devices.cases.js';
import { videoCases } from './video.cases.js';
import { callCases } from './calls.cases.js';
import { audioCases } from './audio.cases.js';

runConformance('granted', [...deviceCases, ...videoCases, ...audioCases, ...callCases]);

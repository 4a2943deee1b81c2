// The conformance suite, camera and microphone refused: this file runs in a browser without the fake permission
// prompt (web-test-runner.config.mjs, group "conformance-denied"), where the browser refuses every request.
import { runConformance } from './harness.js';
import { deviceCases } from './devices.cases.js';
import { videoCases } from './video.cases.js';
import { callCases } from './calls.cases.js';

runConformance('denied', [...deviceCases, ...videoCases, ...callCases]);

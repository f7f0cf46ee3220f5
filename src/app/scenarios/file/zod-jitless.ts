/**
 * zod compiles fast parsers with `new Function` unless told not to, and first probes whether it
 * may (`new Function('')` in a try). The app is served without 'unsafe-eval' and with Trusted
 * Types, so the probe is refused and reported as a CSP violation on every import or export.
 * Jitless mode never probes. It must run before any schema is built: file-schema.ts imports this
 * module first. Parsing a scenario file (at most 1 MB) is no slower that anyone would notice.
 */
import { z } from 'zod';

z.config({ jitless: true });

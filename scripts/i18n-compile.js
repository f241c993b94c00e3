// `npm run i18n:compile`: the message functions without a Vite build (postinstall, `npm run check`).
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions);

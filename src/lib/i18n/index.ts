// The interface's strings. One locale today; zh-HK will be chosen per request beside it.
import { en, type Messages } from './en';

export const m: Messages = en;
export type { Messages };

// The form works as a plain post; with JavaScript it is enhanced (no full reload, focus on errors).
export const csr = true;

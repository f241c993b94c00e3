// Public pages are complete HTML and ship no framework JavaScript; pages with forms opt back in.
export const csr = false;

import { parseOneAddress } from "email-addresses";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOT_ATOM_ADDRESS } from "../../server/src/engine/contacts/find";

/** What the full RFC 5322/6532 parser makes of an address: its domain when it reads it as a mailbox. */
function parsedDomain(address: string): string | undefined {
  const parsed = parseOneAddress({ input: address, rfc6532: true });
  return parsed && parsed.type === "mailbox" ? parsed.domain : undefined;
}

describe("the fast path for plain addresses", () => {
  it("accepts only what the full parser accepts, with the same domain", () => {
    const piece = fc.stringMatching(/^[a-zа-я0-9.\-_+'ü@ !()<>"[\]]{0,12}$/u);
    fc.assert(
      fc.property(piece, piece, (local, domain) => {
        const address = `${local}@${domain}`;
        const fast = DOT_ATOM_ADDRESS.exec(address);
        if (fast) expect(parsedDomain(address)).toBe(fast[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it("takes the usual shapes, Cyrillic included", () => {
    for (const address of ["privacy@acme.com", "почта@пример.рф", "first.last+tag@mail.example.co.uk"]) expect(DOT_ATOM_ADDRESS.test(address)).toBe(true);
    for (const address of ["a..b@c.com", ".a@b.com", "a@b", "a b@c.com"]) expect(DOT_ATOM_ADDRESS.test(address)).toBe(false);
  });
});

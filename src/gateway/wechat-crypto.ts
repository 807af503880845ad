import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The WeChat Official Account message security (developers.weixin.qq.com …/push/encryption.md): SHA-1 signatures
 * over the sorted token, timestamp, nonce (and the encrypted body in safe mode), and AES-256-CBC with the 43-character
 * EncodingAESKey, PKCS#7 padding to 32 bytes, body = 16 random bytes + 4-byte length + message + AppID.
 */

export function signature(parts: readonly string[]): string {
  return createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
}

/** Constant-time comparison of a signature someone sent with the one we compute. */
export function sameSignature(given: string | undefined, expected: string): boolean {
  // a SHA-1 in hex, or nothing to compare (a non-ASCII value must not reach timingSafeEqual's length check)
  if (!given || !/^[0-9a-f]{40}$/u.test(given)) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

function keyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new Error('EncodingAESKey must be 43 characters of base64 (32 bytes)');
  return key;
}

export function decrypt(encodingAesKey: string, encrypted: string): { message: string; appId: string } {
  const key = keyOf(encodingAesKey);
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(encrypted, 'base64'), decipher.final()]);
  const pad = padded[padded.length - 1] ?? 0;
  if (pad < 1 || pad > 32) throw new Error('bad padding');
  const plain = padded.subarray(0, padded.length - pad);
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new Error('bad length');
  return {
    message: plain.subarray(20, 20 + length).toString('utf8'),
    appId: plain.subarray(20 + length).toString('utf8'),
  };
}

export function encrypt(encodingAesKey: string, message: string, appId: string): string {
  const key = keyOf(encodingAesKey);
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(appId, 'utf8')]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([
    cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
    cipher.final(),
  ]).toString('base64');
}

/** The fields of a flat WeChat XML message (`<xml><Tag><![CDATA[v]]></Tag>…</xml>`). */
export function readXml(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /<([A-Za-z_][\w]*)>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))\s*<\/\1>/gu;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const tag = m[1] ?? '';
    if (tag !== 'xml') out[tag] = m[2] ?? m[3] ?? '';
  }
  return out;
}

/** A flat XML message (for the simulator's and tests' side of the protocol). */
export function writeXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([k, v]) => (typeof v === 'number' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join('');
  return `<xml>${body}</xml>`;
}

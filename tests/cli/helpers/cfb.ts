/**
 * A minimal OLE compound file (CFB v3, 512-byte sectors): a header, one FAT sector and one directory
 * sector naming the given streams. Enough to stand in for an old .xls ("Workbook") or a
 * password-protected .xlsx ("EncryptionInfo", "EncryptedPackage") in tests.
 */
export function makeCfb(streams: readonly string[]): Buffer {
  const SECTOR = 512;
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version
  header.writeUInt16LE(0xfffe, 0x1c); // byte order
  header.writeUInt16LE(9, 0x1e); // sector shift: 512
  header.writeUInt16LE(6, 0x20); // mini sector shift
  header.writeUInt32LE(1, 0x2c); // number of FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 0x3c); // first mini FAT sector: none
  header.writeUInt32LE(0, 0x40);
  header.writeUInt32LE(0xfffffffe, 0x44); // first DIFAT sector: none
  header.writeUInt32LE(0, 0x48);
  header.writeUInt32LE(0, 0x4c); // DIFAT[0] = sector 0 holds the FAT
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 0x4c + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain

  const dir = Buffer.alloc(SECTOR, 0);
  const entry = (i: number, name: string, type: number) => {
    const base = i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(dir, base);
    dir.writeUInt16LE(n.length, base + 0x40);
    dir[base + 0x42] = type; // 5 root, 2 stream
    dir.writeUInt32LE(0xffffffff, base + 0x44); // left sibling
    dir.writeUInt32LE(i + 1 < streams.length + 1 ? i + 1 : 0xffffffff, base + 0x48); // right sibling
    dir.writeUInt32LE(i === 0 && streams.length ? 1 : 0xffffffff, base + 0x4c); // child
    dir.writeUInt32LE(0xfffffffe, base + 0x74); // start sector
  };
  entry(0, 'Root Entry', 5);
  streams.slice(0, 3).forEach((s, i) => entry(i + 1, s, 2));
  return Buffer.concat([header, fat, dir]);
}

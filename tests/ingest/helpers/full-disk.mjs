// Preloaded into an ingest child (node --import): after FULL_DISK_AFTER_BYTES
// bytes written to files, every write fails with ENOSPC, as on a full disk.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

let left = Number(process.env.FULL_DISK_AFTER_BYTES ?? Infinity);

function spend(data) {
  const n = typeof data === 'string' ? Buffer.byteLength(data) : (data?.byteLength ?? 0);
  left -= n;
  if (left < 0) {
    const error = new Error('ENOSPC: no space left on device, write');
    error.code = 'ENOSPC';
    error.errno = -28;
    error.syscall = 'write';
    throw error;
  }
}

const { writeSync, writeFileSync, appendFileSync, copyFileSync } = fs;
fs.writeSync = (fd, data, ...rest) => {
  spend(
    typeof data === 'string'
      ? data
      : data.subarray(rest[0] ?? 0, (rest[0] ?? 0) + (rest[1] ?? data.length)),
  );
  return writeSync(fd, data, ...rest);
};
fs.writeFileSync = (file, data, ...rest) => {
  spend(data);
  return writeFileSync(file, data, ...rest);
};
fs.appendFileSync = (file, data, ...rest) => {
  spend(data);
  return appendFileSync(file, data, ...rest);
};
fs.copyFileSync = (src, dst, ...rest) => {
  spend({ byteLength: fs.statSync(src).size });
  return copyFileSync(src, dst, ...rest);
};
syncBuiltinESMExports();

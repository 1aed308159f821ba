'use strict';
/**
 * A large upload and download against the same bytes written and read
 * straight to/from disk in the same run, plus the server's peak RSS during
 * the upload (it must not grow with the file: target <= 64 MiB over idle).
 */
const { createReadStream, createWriteStream, mkdirSync, rmSync } = require('node:fs');
const { request } = require('node:http');
const { join } = require('node:path');
const { Readable, Writable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const { randomBytes } = require('node:crypto');
const { rssOf } = require('./server');

const FILE_BYTES = Number(process.env.BENCH_FILE_BYTES || 1024 ** 3);
const MIB = 1024 * 1024;

/** FILE_BYTES of PDF-looking data, generated on the fly from one random MiB. */
function pdfSource() {
  const block = randomBytes(MIB);
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1').copy(block);
  let sent = 0;
  return Readable.from(
    (function* () {
      while (sent < FILE_BYTES) {
        const chunk = block.subarray(0, Math.min(MIB, FILE_BYTES - sent));
        sent += chunk.length;
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
}

const discard = () =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });

async function timed(work) {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function sampleRss(pid) {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid));
    } catch {
      // process gone
    }
  }, 20);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

function uploadStream(server, auth) {
  const boundary = '----rvp-bench';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL(`${server.baseUrl}/api/v1/files`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: auth,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + FILE_BYTES + tail.length),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () =>
          res.statusCode === 201
            ? resolve(JSON.parse(body))
            : reject(new Error(`upload: ${res.statusCode} ${body}`)),
        );
      },
    );
    req.on('error', reject);
    req.write(head);
    const source = pdfSource();
    source.on('end', () => req.end(tail));
    source.pipe(req, { end: false });
  });
}

/** Registers a user on the server and returns its Authorization header value. */
async function signIn(server, prefix) {
  const suffix = Date.now().toString(36);
  const registered = await fetch(`${server.baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: `${prefix}_${suffix}`,
      email: `${prefix}_${suffix}@example.org`,
      password: 'benchmark passphrase 1',
    }),
  }).then((res) => res.json());
  return `Bearer ${registered.access_token}`;
}

/** Uploads through the API while sampling the server's RSS. */
async function measuredUpload(server, auth) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const idleRss = rssOf(server.pid);
  const stopSampling = sampleRss(server.pid);
  let uploaded;
  const seconds = await timed(async () => {
    uploaded = await uploadStream(server, auth);
  });
  const peakRss = stopSampling();
  if (uploaded.size !== FILE_BYTES)
    throw new Error(`stored ${uploaded.size} bytes, sent ${FILE_BYTES}`);
  return { uploaded, seconds, idleRss, peakRss };
}

function downloadSeconds(server, auth, id) {
  return timed(
    () =>
      new Promise((resolve, reject) => {
        const url = new URL(`${server.baseUrl}/api/v1/files/${id}/content`);
        request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            headers: { authorization: auth },
          },
          (res) => {
            if (res.statusCode !== 200) return reject(new Error(`download: ${res.statusCode}`));
            pipeline(res, discard()).then(resolve, reject);
          },
        )
          .on('error', reject)
          .end();
      }),
  );
}

const mibPerSecond = (seconds) => Number((FILE_BYTES / MIB / seconds).toFixed(1));
const rssReport = ({ idleRss, peakRss }) => ({
  idle_rss_mib: Number((idleRss / MIB).toFixed(1)),
  peak_rss_mib: Number((peakRss / MIB).toFixed(1)),
  rss_growth_mib: Number(((peakRss - idleRss) / MIB).toFixed(1)),
  rss_target: '<= 64 MiB over idle',
});

async function benchFiles(server) {
  const auth = await signIn(server, 'files');

  // Baseline: the same bytes straight to a file on the same disk, flushed like the driver does.
  const rawDir = join(server.dir, 'raw');
  mkdirSync(rawDir, { recursive: true });
  const rawPath = join(rawDir, 'raw.bin');
  const rawWriteSeconds = await timed(() =>
    pipeline(pdfSource(), createWriteStream(rawPath, { flush: true })),
  );
  const rawReadSeconds = await timed(() => pipeline(createReadStream(rawPath), discard()));
  rmSync(rawDir, { recursive: true, force: true });

  const upload = await measuredUpload(server, auth);
  const download = await downloadSeconds(server, auth, upload.uploaded.id);
  return {
    case: `local disk: upload and download of ${(FILE_BYTES / MIB).toFixed(0)} MiB`,
    raw_write_mib_s: mibPerSecond(rawWriteSeconds),
    upload_mib_s: mibPerSecond(upload.seconds),
    upload_ratio: Number((rawWriteSeconds / upload.seconds).toFixed(3)),
    raw_read_mib_s: mibPerSecond(rawReadSeconds),
    download_mib_s: mibPerSecond(download),
    download_ratio: Number((rawReadSeconds / download).toFixed(3)),
    ...rssReport(upload),
  };
}

/** S3 settings for the server and the baseline client (BENCH_S3_*, defaulting to the CI Swift server). */
function s3Settings() {
  return {
    endpoint: process.env.BENCH_S3_ENDPOINT || 'http://127.0.0.1:8080',
    region: process.env.BENCH_S3_REGION || 'us-east-1',
    accessKeyId: process.env.BENCH_S3_ACCESS_KEY_ID || 'test:tester',
    secretAccessKey: process.env.BENCH_S3_SECRET_ACCESS_KEY || 'testing',
    bucket: process.env.BENCH_S3_BUCKET || `rvp-bench-${Date.now().toString(36)}`,
  };
}

function s3Client(settings) {
  const { S3Client } = require('@aws-sdk/client-s3');
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** Creates the bucket and returns the server settings for it. */
async function prepareS3() {
  const { CreateBucketCommand } = require('@aws-sdk/client-s3');
  const settings = s3Settings();
  const client = s3Client(settings);
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket })).catch((error) => {
    if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists')
      throw error;
  });
  client.destroy();
  return {
    settings,
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: settings.endpoint,
      S3_REGION: settings.region,
      S3_BUCKET: settings.bucket,
      S3_ACCESS_KEY_ID: settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
      MAX_UPLOAD_BYTES: String(FILE_BYTES),
    },
  };
}

async function benchFilesS3(server, settings) {
  const { Upload } = require('@aws-sdk/lib-storage');
  const auth = await signIn(server, 's3files');

  // Baseline: the same bytes sent to the same bucket by the SDK directly, same part size.
  const client = s3Client(settings);
  const directSeconds = await timed(() =>
    new Upload({
      client,
      params: { Bucket: settings.bucket, Key: 'bench/direct', Body: pdfSource() },
      partSize: 8 * MIB,
      queueSize: 2,
    }).done(),
  );
  client.destroy();

  const upload = await measuredUpload(server, auth);
  const download = await downloadSeconds(server, auth, upload.uploaded.id);
  return {
    case: `S3 driver: upload and download of ${(FILE_BYTES / MIB).toFixed(0)} MiB`,
    direct_sdk_upload_mib_s: mibPerSecond(directSeconds),
    upload_mib_s: mibPerSecond(upload.seconds),
    upload_ratio: Number((directSeconds / upload.seconds).toFixed(3)),
    download_mib_s: mibPerSecond(download),
    ...rssReport(upload),
  };
}

module.exports = { benchFiles, benchFilesS3, prepareS3, FILE_BYTES };

'use strict';
/**
 * A large upload against the same bytes written straight to disk (flushed)
 * in the same run, the server's RSS growth during it (it must not grow with
 * the file), and whole and ranged downloads against a bare streaming server
 * (bare-server.js) with the same client. The S3 variant compares the upload
 * with the SDK writing to the same bucket directly.
 */
const autocannon = require('autocannon');
const { execFile, spawn } = require('node:child_process');
const { createWriteStream, mkdirSync, rmSync } = require('node:fs');
const { request } = require('node:http');
const { join } = require('node:path');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const { randomBytes } = require('node:crypto');
const { signIn } = require('./auth');
const { onServerCpu, rssOf, ROOT } = require('./server');
const { median } = require('./table');

const FILE_BYTES = Number(process.env.BENCH_FILE_BYTES || 1024 ** 3);
// Smaller by default: the S3 server here writes at a tenth of the disk's speed, and the bench must stay under 5 minutes.
const S3_FILE_BYTES = Number(process.env.BENCH_S3_FILE_BYTES || 256 * 1024 ** 2);
const MIB = 1024 * 1024;

/** `total` bytes of PDF-looking data, generated on the fly from one random MiB. */
function pdfSource(total = FILE_BYTES) {
  const block = randomBytes(MIB);
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1').copy(block);
  let sent = 0;
  return Readable.from(
    (function* () {
      while (sent < total) {
        const chunk = block.subarray(0, Math.min(MIB, total - sent));
        sent += chunk.length;
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
}

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

function uploadStream(server, auth, total) {
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
          'content-length': String(head.length + total + tail.length),
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
    const source = pdfSource(total);
    source.on('end', () => req.end(tail));
    source.pipe(req, { end: false });
  });
}

/** Uploads through the API while sampling the server's RSS. */
async function measuredUpload(server, auth, total = FILE_BYTES) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const idleRss = rssOf(server.pid);
  const stopSampling = sampleRss(server.pid);
  let uploaded;
  const seconds = await timed(async () => {
    uploaded = await uploadStream(server, auth, total);
  });
  const peakRss = stopSampling();
  if (uploaded.size !== total) throw new Error(`stored ${uploaded.size} bytes, sent ${total}`);
  return { uploaded, seconds, idleRss, peakRss };
}

/** Downloads `path` (with optional extra headers) with curl into /dev/null; seconds and bytes. */
function curlDownload(url, headers = {}) {
  const args = ['-s', '-o', '/dev/null', '-w', '%{http_code} %{time_total} %{size_download}'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    execFile('curl', args, (error, stdout) => {
      if (error) return reject(error);
      const [status, seconds, bytes] = stdout.trim().split(' ');
      if (status !== '200' && status !== '206')
        return reject(new Error(`download ${url}: HTTP ${status}`));
      resolve({ seconds: Number(seconds), bytes: Number(bytes) });
    });
  });
}

/** Starts bare-server.js on the server's CPU; resolves to its base URL and a stop function. */
function startBareServer(args, env = {}) {
  const command = onServerCpu([process.execPath, join(__dirname, 'bare-server.js'), ...args]);
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk) =>
      resolve({
        baseUrl: `http://127.0.0.1:${String(chunk).trim()}`,
        stop: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      }),
    );
  });
}

const ROUNDS = Number(process.env.BENCH_DOWNLOAD_ROUNDS || 2);
const RANGE_CONNECTIONS = 10;
const SMALL_RANGE = `bytes=${MIB}-${MIB + 64 * 1024 - 1}`;

/**
 * Whole-file and ranged downloads through the API against the bare server,
 * the same client for both (curl into /dev/null; autocannon for small
 * ranges), in interleaved rounds.
 */
async function downloadRows(caseName, api, bare, goal, total) {
  const tail = `bytes=${Math.floor(total / 2)}-`;
  const whole = { api: [], bare: [] };
  const ranged = { api: [], bare: [] };
  const rate = ({ seconds, bytes }) => bytes / MIB / seconds;
  await curlDownload(bare.url); // warm the page cache / object server, not counted
  for (let round = 0; round < ROUNDS; round += 1) {
    whole.bare.push(rate(await curlDownload(bare.url)));
    whole.api.push(rate(await curlDownload(api.url, api.headers)));
    ranged.bare.push(rate(await curlDownload(bare.url, { range: tail })));
    ranged.api.push(rate(await curlDownload(api.url, { ...api.headers, range: tail })));
  }
  const small = async (url, headers) => {
    const result = await autocannon({
      url,
      headers: { ...headers, range: SMALL_RANGE },
      connections: RANGE_CONNECTIONS,
      duration: 3,
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    return result.requests.average;
  };
  const smallBare = await small(bare.url, {});
  const smallApi = await small(api.url, api.headers);
  return [
    {
      case: caseName,
      figure: 'download (curl -o /dev/null)',
      value: median(whole.api),
      unit: 'MiB/s',
      ceiling: bare.label,
      ceilingValue: median(whole.bare),
      goal,
    },
    {
      case: caseName,
      figure: 'ranged download, second half (curl)',
      value: median(ranged.api),
      unit: 'MiB/s',
      ceiling: 'bare server, same range',
      ceilingValue: median(ranged.bare),
      goal,
    },
    {
      case: caseName,
      figure: `64 KiB ranges, ${RANGE_CONNECTIONS} connections`,
      value: smallApi,
      unit: 'req/s',
      ceiling: 'bare server, same range',
      ceilingValue: smallBare,
    },
  ];
}

const mibPerSecond = (seconds, total = FILE_BYTES) => total / MIB / seconds;

function rssRow(caseName, { idleRss, peakRss }) {
  return {
    case: caseName,
    figure: 'server RSS growth during the upload',
    value: (peakRss - idleRss) / MIB,
    unit: 'MiB',
    goal: { value: '<=', target: 64 },
  };
}

async function benchFiles(server) {
  const auth = await signIn(server, 'files');
  const caseName = `files ${(FILE_BYTES / MIB).toFixed(0)} MiB, local disk`;

  // Baseline: the same bytes straight to a file on the same disk, flushed like the driver does.
  const rawDir = join(server.dir, 'raw');
  mkdirSync(rawDir, { recursive: true });
  const rawPath = join(rawDir, 'raw.bin');
  const rawWriteSeconds = await timed(() =>
    pipeline(pdfSource(), createWriteStream(rawPath, { flush: true })),
  );
  const upload = await measuredUpload(server, auth);

  const bare = await startBareServer(['file', rawPath]);
  let downloads;
  try {
    downloads = await downloadRows(
      caseName,
      {
        url: `${server.baseUrl}/api/v1/files/${upload.uploaded.id}/content`,
        headers: { authorization: auth },
      },
      { url: `${bare.baseUrl}/`, label: 'bare createReadStream().pipe(res)' },
      { ratio: '>=', target: 0.8 },
      FILE_BYTES,
    );
  } finally {
    await bare.stop();
    rmSync(rawDir, { recursive: true, force: true });
  }
  return [
    {
      case: caseName,
      figure: 'upload (multipart POST /files)',
      value: mibPerSecond(upload.seconds),
      unit: 'MiB/s',
      ceiling: 'raw flushed write',
      ceilingValue: mibPerSecond(rawWriteSeconds),
      goal: { ratio: '>=', target: 0.7 },
    },
    rssRow(caseName, upload),
    ...downloads,
  ];
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

/** Undefined when an S3-compatible server answers, else why the S3 case is skipped. */
async function s3Available() {
  const { endpoint } = s3Settings();
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(2_000) });
    return undefined;
  } catch {
    return `no S3-compatible server at ${endpoint} (start one with .ci/s3/start-s3.sh)`;
  }
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
      MAX_UPLOAD_BYTES: String(S3_FILE_BYTES),
    },
  };
}

async function benchFilesS3(server, settings) {
  const { Upload } = require('@aws-sdk/lib-storage');
  const auth = await signIn(server, 's3files');
  const caseName = `files ${(S3_FILE_BYTES / MIB).toFixed(0)} MiB, S3 driver`;

  // Baseline: the same bytes sent to the same bucket by the SDK directly, same part size.
  const client = s3Client(settings);
  const directSeconds = await timed(() =>
    new Upload({
      client,
      params: { Bucket: settings.bucket, Key: 'bench/direct', Body: pdfSource(S3_FILE_BYTES) },
      partSize: 8 * MIB,
      queueSize: 2,
    }).done(),
  );
  client.destroy();

  const upload = await measuredUpload(server, auth, S3_FILE_BYTES);
  const bare = await startBareServer(['s3', settings.bucket, 'bench/direct'], {
    BENCH_S3_ENDPOINT: settings.endpoint,
    BENCH_S3_REGION: settings.region,
    BENCH_S3_ACCESS_KEY_ID: settings.accessKeyId,
    BENCH_S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
  });
  let downloads;
  try {
    downloads = await downloadRows(
      caseName,
      {
        url: `${server.baseUrl}/api/v1/files/${upload.uploaded.id}/content`,
        headers: { authorization: auth },
      },
      { url: `${bare.baseUrl}/`, label: 'bare GetObject().Body.pipe(res)' },
      { ratio: '>=', target: 0.8 },
      S3_FILE_BYTES,
    );
  } finally {
    await bare.stop();
  }
  return [
    {
      case: caseName,
      figure: 'upload (multipart POST /files)',
      value: mibPerSecond(upload.seconds, S3_FILE_BYTES),
      unit: 'MiB/s',
      ceiling: 'SDK Upload straight to the bucket',
      ceilingValue: mibPerSecond(directSeconds, S3_FILE_BYTES),
      goal: { ratio: '>=', target: 0.7 },
    },
    rssRow(caseName, upload),
    ...downloads,
  ];
}

module.exports = {
  benchFiles,
  benchFilesS3,
  prepareS3,
  s3Available,
  FILE_BYTES,
  // For profiling one upload on its own.
  _measuredUpload: measuredUpload,
};

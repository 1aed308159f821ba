'use strict';
/**
 * The download ceiling: a bare Node HTTP server that streams the same bytes
 * with no framework, no authentication and no database, measured with the
 * same client as the API. Run pinned to the server's CPU.
 *
 *   node bench/bare-server.js file <path>          fs.createReadStream(path).pipe(res)
 *   node bench/bare-server.js s3 <bucket> <key>    GetObject's body piped to res (BENCH_S3_* settings)
 *
 * A single `Range: bytes=a-b` (or `a-`) is honoured, so ranged downloads have
 * a ceiling too. Prints the port once listening.
 */
const { createReadStream, statSync } = require('node:fs');
const { createServer } = require('node:http');

const [mode, ...args] = process.argv.slice(2);

function parseRange(header, size) {
  const match = /^bytes=(\d+)-(\d*)$/.exec(header || '');
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return { start, end };
}

function fileHandler(path) {
  const { size } = statSync(path);
  return (req, res) => {
    const range = parseRange(req.headers.range, size);
    const length = range ? range.end - range.start + 1 : size;
    res.writeHead(range ? 206 : 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(length),
    });
    createReadStream(path, range ?? {}).pipe(res);
  };
}

function s3Handler(bucket, key) {
  const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
  const client = new S3Client({
    endpoint: process.env.BENCH_S3_ENDPOINT || 'http://127.0.0.1:8080',
    region: process.env.BENCH_S3_REGION || 'us-east-1',
    forcePathStyle: true,
    credentials: {
      accessKeyId: process.env.BENCH_S3_ACCESS_KEY_ID || 'test:tester',
      secretAccessKey: process.env.BENCH_S3_SECRET_ACCESS_KEY || 'testing',
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return (req, res) => {
    const range = /^bytes=\d+-\d*$/.test(req.headers.range || '') ? req.headers.range : undefined;
    client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: range })).then(
      (object) => {
        res.writeHead(range ? 206 : 200, {
          'content-type': 'application/octet-stream',
          'content-length': String(object.ContentLength),
        });
        object.Body.pipe(res);
      },
      (error) => {
        res.statusCode = 500;
        res.end(String(error));
      },
    );
  };
}

const handler = mode === 's3' ? s3Handler(args[0], args[1]) : fileHandler(args[0]);
const server = createServer(handler);
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));

// The MDN HTTP Observatory's scan of a host on other ports than 80 and 443, scored by the Observatory's own tests and
// grader: src/scanner/index.js's scan(), whose retriever takes the ports while its CLI takes a host name only.
//   NODE_EXTRA_CA_CERTS=cert.pem node observatory.mjs localhost HTTP_PORT HTTPS_PORT   → JSON on stdout
import { retrieve } from "@mdn/mdn-http-observatory/src/retriever/retriever.js";
import { ALL_TESTS, NUM_TESTS } from "@mdn/mdn-http-observatory/src/constants.js";
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from "@mdn/mdn-http-observatory/src/grader/charts.js";
import { getGradeForScore, getScoreModifier } from "@mdn/mdn-http-observatory/src/grader/grader.js";

const [hostname, httpPort, httpsPort] = process.argv.slice(2);
const retrieved = await retrieve(hostname, { httpPort, httpsPort });
if (!retrieved.responses.auto) {
  console.log(JSON.stringify({ error: "The site seems to be down." }));
  process.exit(1);
}
const { status } = retrieved.responses.auto;
if (status < 200 || (status >= 400 && ![401, 403].includes(status))) {
  console.log(JSON.stringify({ error: `The site answered ${status}.` }));
  process.exit(1);
}

let testsPassed = 0;
let scoreWithExtraCredit = 100;
let uncurvedScore = 100;
const tests = {};
for (const test of ALL_TESTS) {
  const result = test(retrieved);
  if (result.result) {
    result.scoreModifier = getScoreModifier(result.result);
    testsPassed += result.pass ? 1 : 0;
    scoreWithExtraCredit += result.scoreModifier;
    if (result.scoreModifier < 0) {
      uncurvedScore += result.scoreModifier;
    }
  }
  tests[result.constructor.name] = { result: result.result, pass: result.pass, scoreModifier: result.scoreModifier };
}
// As the Observatory does: extra credit counts only once the score without it is an A.
const score = uncurvedScore >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? scoreWithExtraCredit : uncurvedScore;
const { grade, score: finalScore } = getGradeForScore(score);
console.log(
  JSON.stringify({ grade, score: finalScore, testsPassed, testsQuantity: NUM_TESTS, tests }, null, 2)
);

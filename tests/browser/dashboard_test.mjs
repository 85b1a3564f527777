// The dashboard driven in headless chromium, as a visitor then as an analyst: the map and
// table filtered by type and by dragging the timeline, an event page with its evidence,
// "log in to comment", logging in, commenting, rejecting, merging and splitting, markup from
// an article and a comment shown as text, French, logging out. Every step is checked against
// the JSON API's own answer, and leaves a screenshot in $VIGIE_ARTIFACTS.
// Run by run.sh, which starts the server: VIGIE_URL, VIGIE_USER, VIGIE_PASSWORD, VIGIE_PROFILE.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const base = process.env.VIGIE_URL;
const artifacts = process.env.VIGIE_ARTIFACTS;
const steps = [];

const context = await chromium.launchPersistentContext(process.env.VIGIE_PROFILE, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 1000 },
  locale: "en-GB",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"],
});
const page = context.pages()[0] || (await context.newPage());
const problems = [];  // console errors (a refused script or style shows up here) and page errors
// (A refused login is a 401 the browser reports as an error; it is expected once, below.)
page.on("console", (m) => {
  if (m.type() === "error" && !/status of 401/.test(m.text())) problems.push("console: " + m.text());
});
page.on("pageerror", (e) => problems.push("page error: " + e.message));

async function api(path) {
  const response = await page.request.get(base + path);
  assert.equal(response.status(), 200, path);
  return response.json();
}

async function step(name, body) {
  const started = Date.now();
  const shot = `${artifacts}/${String(steps.length + 1).padStart(2, "0")}-${name}.png`;
  try {
    await body();
    steps.push(`ok   ${name} (${Date.now() - started} ms)`);
  } finally {
    await page.screenshot({ path: shot, fullPage: true });
  }
}

// The table's summary says how many events match; wait until it shows `total`.
async function expectTotal(total) {
  await page.waitForFunction((n) => document.getElementById("summary").textContent.startsWith(n + " "), total);
}

// Events the map holds (markercluster draws only those in view, so the page says).
async function expectOnMap(n) {
  await page.waitForFunction((count) => document.getElementById("map").dataset.events === String(count), n);
}

let exitCode = 0;
try {
  const all = await api("/api/events?limit=1");
  const located = (await api("/api/events?limit=1000")).events.filter((e) => e.latitude !== null).length;

  await step("visitor-sees-the-dashboard", async () => {
    await page.goto(base + "/");
    await expectTotal(all.total);
    await expectOnMap(located);
    await page.waitForFunction(() => document.querySelectorAll("path.country").length > 20);  // the country shapes
    assert.ok(await page.locator("#timeline rect.bar").count() > 10, "the timeline has weekly bars");
    assert.equal(await page.locator("#login-link").isVisible(), true);
  });

  await step("filter-by-type", async () => {
    const battles = await api("/api/events?event_type=Battles&limit=1000");
    for (const label of await page.locator("#type-filter label").all()) {
      if ((await label.getAttribute("data-type")) !== "Battles") await label.locator("input").uncheck();
    }
    await expectTotal(battles.total);
    const classes = await page.locator("#events tbody tr").evaluateAll((rows) => rows.map((r) => r.className));
    assert.ok(classes.length > 0 && classes.every((c) => c.includes("type-battles")), "only battles in the table");
    await page.waitForFunction(() => document.querySelectorAll(".leaflet-marker-icon").length > 0);
    const onMap = await page.locator(".leaflet-marker-icon").evaluateAll((icons) => icons.map((i) => i.className));
    assert.ok(onMap.every((c) => c.includes("type-battles")), "only battles on the map: " + onMap.join(" | "));
    await expectOnMap(battles.events.filter((e) => e.latitude !== null).length);
  });

  await step("filter-by-dragging-the-timeline", async () => {
    const box = await page.locator("#timeline").boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.35, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, y, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => /\d{4}-\d\d-\d\d/.test(document.getElementById("range-label").textContent));
    const [since, until] = (await page.locator("#range-label").textContent()).match(/\d{4}-\d\d-\d\d/g);
    assert.ok(since < until);
    const expected = await api(`/api/events?event_type=Battles&since=${since}&until=${until}&limit=1000`);
    await expectTotal(expected.total);
    await page.screenshot({ path: `${artifacts}/${String(steps.length + 1).padStart(2, "0")}-time-range.png`, fullPage: true });
    for (const date of await page.locator("#events tbody tr td:first-child").allTextContents()) {
      assert.ok(date >= since && date <= until, `${date} is within ${since}..${until}`);
    }
    await expectOnMap(expected.events.filter((e) => e.latitude !== null).length);
    // A click on the timeline clears the range; every type comes back with the boxes.
    await page.locator("#range-clear").click();
    for (const input of await page.locator("#type-filter input").all()) await input.check();
    await expectTotal(all.total);
  });

  // The report with markup in its text and title: shown as text, nothing runs.
  const hostile = (await api("/api/events?q=Gasseliki")).events;
  assert.equal(hostile.length, 1, "the report with markup gave one event");
  const hostileId = hostile[0].event_id_cnty;

  await step("visitor-opens-an-event", async () => {
    await page.locator("#text-filter").fill("Gasseliki");
    await expectTotal(1);
    await page.locator("#events tbody a").first().click();
    await page.waitForURL(`**/#/event/${hostileId}`);
    await page.waitForSelector("mark.evidence");
    const text = await page.locator(".document-text").first().textContent();
    assert.ok(text.includes("<script>window.__vigie_hacked='script'</script>"), "the script tag is shown as text");
    assert.ok(text.includes("<img src=x"), "the img tag is shown as text");
    const title = await page.locator(".document h3").first().textContent();
    assert.ok(title.includes("<img src=x onerror"), "the title is shown as text");
    assert.equal(await page.locator(".document h3 a").count(), 0, "a javascript: URL is not made a link");
    assert.equal(await page.locator(".document img, .document script").count(), 0);
    assert.equal(await page.evaluate(() => window.__vigie_hacked), undefined);
    assert.equal(await page.locator("#review-box").isVisible(), false, "a visitor cannot review");
    assert.equal(await page.locator("#comment-form").isVisible(), false);
    assert.equal(await page.locator("#comment-login-link").isVisible(), true, "a visitor sees 'log in to comment'");
  });

  await step("log-in-from-the-event", async () => {
    await page.locator("#comment-login-link").click();
    await page.waitForURL("**/#/login?next=*");
    await page.locator("#login-form input[name=name]").fill(process.env.VIGIE_USER);
    await page.locator("#login-form input[name=password]").fill("not the password");
    await page.locator("#login-form button[type=submit]").click();
    await page.waitForFunction(() => document.getElementById("login-message").textContent.length > 0);
    assert.match(await page.locator("#login-message").textContent(), /Wrong name or password/);
    await page.locator("#login-form input[name=password]").fill(process.env.VIGIE_PASSWORD);
    await page.locator("#login-form button[type=submit]").click();
    await page.waitForURL(`**/#/event/${hostileId}`);  // back where the visitor was
    await page.waitForSelector("#comment-form", { state: "visible" });
    assert.match(await page.locator("#who").textContent(), /ana \(analyst\)/);
    assert.equal(await page.locator("#review-box").isVisible(), true);
  });

  await step("post-a-comment", async () => {
    const comment = "Checked with a local source. <script>window.__vigie_hacked='comment'</script><b>bold?</b>";
    await page.locator("#comment-form textarea").fill(comment);
    await page.locator("#comment-form button[type=submit]").click();
    await page.waitForSelector("li.comment");
    assert.equal(await page.locator("li.comment .body").first().textContent(), comment);
    assert.equal(await page.locator("li.comment b, li.comment script").count(), 0, "the comment's markup is text");
    assert.equal(await page.evaluate(() => window.__vigie_hacked), undefined);
    const stored = await api(`/api/events/${hostileId}`);
    assert.equal(stored.comments.length, 1);
    assert.equal(stored.comments[0].body, comment);
    assert.equal(stored.comments[0].user, process.env.VIGIE_USER);
  });

  await step("reject-the-event", async () => {
    await page.locator(".review-action[data-review=rejected]").click();
    await page.waitForSelector("#review-state[data-review=rejected]");
    assert.match(await page.locator("#event-history").textContent(), /review set to rejected/);
    const stored = await api(`/api/events/${hostileId}`);
    assert.equal(stored.event.review, "rejected");
    assert.equal(stored.changes.at(-1).user, process.env.VIGIE_USER);
  });

  await step("correct-the-toll", async () => {
    const before = (await api(`/api/events/${hostileId}`)).event;
    await page.locator("#correct-form input[name=fatalities]").fill(String(before.fatalities + 1));
    await page.locator("#correct-form button[type=submit]").click();
    await page.waitForSelector("#review-state[data-review=corrected]");
    const after = (await api(`/api/events/${hostileId}`)).event;
    assert.equal(after.fatalities, before.fatalities + 1);
    assert.equal(after.location, before.location, "fields not changed in the form stay");
  });

  await step("merge-then-split", async () => {
    // Two events of one country, the second from a single document: it merges into the
    // first, then that document is split out again.
    const events = (await api("/api/events?country=Mali&limit=20&sort=date")).events;
    const into = events[0].event_id_cnty;
    const intoDocs = (await api(`/api/events/${into}`)).documents.map((d) => d.doc);
    let from = null;
    let fromDoc = null;
    for (const e of events.slice(1)) {
      const documents = (await api(`/api/events/${e.event_id_cnty}`)).documents;
      if (documents.length === 1 && !intoDocs.includes(documents[0].doc)) {
        [from, fromDoc] = [e.event_id_cnty, documents[0].doc];
        break;
      }
    }
    assert.ok(from, "a Mali event from one other document");
    const sources = intoDocs.length;
    await page.goto(`${base}/#/event/${into}`);
    await page.waitForSelector("#merge-form", { state: "visible" });
    await page.locator("#merge-form input[name=from]").fill(from);
    await page.locator("#merge-form button[type=submit]").click();
    await page.waitForFunction(() => /^Merged /.test(document.getElementById("event-message").textContent));
    const merged = await api(`/api/events/${into}`);
    assert.ok(merged.documents.length > sources, "the merged event has the other's sources");
    assert.equal((await page.request.get(`${base}/api/events/${from}`)).status(), 404);
    await page.evaluate((doc) => {
      const article = [...document.querySelectorAll("article.document")].find((a) => a.dataset.doc === doc);
      article.querySelector("button.split").click();
    }, fromDoc);
    await page.waitForFunction(() => /Split out as/.test(document.getElementById("event-message").textContent));
    assert.equal((await api(`/api/events/${into}`)).documents.length, sources);
  });

  await step("french", async () => {
    await page.locator("#language").selectOption("fr");
    assert.equal(await page.locator("#logout-button").textContent(), "Se déconnecter");
    assert.equal(await page.locator("#review-box h2").textContent(), "Révision");
    await page.goto(base + "/#/");
    await page.waitForFunction(() => /événements correspondent/.test(document.getElementById("summary").textContent));
    assert.equal(await page.locator("#type-filter label[data-type=Protests] span").textContent(), "Manifestations");
    await page.locator("#language").selectOption("en");
  });

  await step("log-out", async () => {
    await page.goto(`${base}/#/event/${hostileId}`);
    await page.waitForSelector("#review-box", { state: "visible" });
    await page.locator("#logout-button").click();
    await page.waitForSelector("#login-link", { state: "visible" });
    await page.waitForSelector("#review-box", { state: "hidden" });
    assert.equal(await page.locator("#comment-login-link").isVisible(), true);
    const session = await api("/api/session");
    assert.equal(session.user, null);
    // The cookie is gone too: a change now is refused.
    const refused = await page.request.post(`${base}/api/events/${hostileId}/comments`, { data: { body: "late" } });
    assert.equal(refused.status(), 401);
  });

  assert.deepEqual(problems, [], "no console or page error (a blocked script or style would show here)");
} catch (error) {
  exitCode = 1;
  console.error(`FAIL after ${steps.length} steps: ${error.stack || error}`);
  if (problems.length) console.error("console:\n  " + problems.join("\n  "));
} finally {
  await context.close();
}
console.log(steps.join("\n"));
console.log(`${steps.length} steps passed; screenshots in ${artifacts}`);
process.exit(exitCode);

// Commis kitchen screen: shows one chat's cook and timers, live (Server-Sent Events), and presses the
// cook's buttons as the chat's own. Every text from the server is set with textContent, never as HTML.
'use strict';

(function () {
  const base = location.pathname.replace(/\/+$/, '');
  const $ = (id) => document.getElementById(id);
  let state = null;
  let clockOffset = 0;           // server time minus this device's time
  const rung = new Set();        // timers (text + end) that already rang on this page
  let ringing = [];              // timers that ended and wait to be dismissed
  let audio = null;
  let wakeLock = null;
  let stopArmedUntil = 0;
  let source = null;
  let words = {};

  function now() {
    return Date.now() + clockOffset;
  }

  /** m:ss under an hour, h:mm:ss from an hour. */
  function countdown(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const ss = String(s).padStart(2, '0');
    return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + ss : m + ':' + ss;
  }

  function text(id, value) {
    $(id).textContent = value || '';
  }

  function render(next) {
    if (state) {
      // A timer that left the list at its end went off (the chat got its reminder): it rings here too.
      for (const old of state.timers) {
        const key = old.text + '@' + old.dueAt;
        const kept = next.timers.some((timer) => timer.text === old.text && timer.dueAt === old.dueAt);
        if (!kept && !rung.has(key) && old.dueAt <= next.now + 1500) {
          rung.add(key);
          ringing.push(old);
          ring();
        }
      }
    }
    state = next;
    words = next.words || {};
    clockOffset = next.now - Date.now();
    document.documentElement.lang = next.lang || 'en';
    const cook = next.cook;
    $('cook').hidden = !cook;
    $('no-cook').hidden = !!cook;
    text('no-cook', words.no_cook);
    if (cook) {
      text('title', cook.title);
      document.title = cook.title + ' · Commis';
      text('step-of', cook.stepOf);
      text('step-title', cook.stepTitle);
      $('step-title').hidden = !cook.stepTitle;
      text('step-text', cook.text);
      const list = $('ingredient-list');
      list.replaceChildren(...cook.ingredients.map((line) => {
        const item = document.createElement('li');
        item.textContent = line;
        return item;
      }));
      $('ingredients').hidden = cook.ingredients.length === 0;
      text('ingredients-label', words.ingredients);
      renderPresses(cook);
      keepAwake(true);
    } else {
      document.title = 'Commis';
      keepAwake(next.timers.length > 0);
    }
    text('timers-label', words.timers);
    text('no-timers', words.no_timers);
    text('sound', words.sound);
    $('sound').hidden = audio !== null;
    renderTimers();
  }

  function renderPresses(cook) {
    const nav = $('presses');
    nav.replaceChildren(...cook.presses.map((press) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'press press-' + press.name.replace(/[0-9]+$/, '');
      button.dataset.press = press.name;
      button.id = 'press-' + press.name;
      button.textContent = press.label;
      button.addEventListener('click', () => pressed(button, press));
      return button;
    }));
  }

  function pressed(button, press) {
    unlockSound();
    if (press.name === 'stop' && Date.now() > stopArmedUntil) {
      // Stopping cancels the cook's reminders: a second tap confirms, as the chat asks before it stops.
      stopArmedUntil = Date.now() + 4000;
      button.textContent = words.stop_confirm;
      button.classList.add('armed');
      setTimeout(() => { if (Date.now() > stopArmedUntil && state && state.cook) renderPresses(state.cook); }, 4100);
      return;
    }
    stopArmedUntil = 0;
    button.disabled = true;
    fetch(base + '/press', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ press: press.name }),
      credentials: 'same-origin',
    }).then((response) => response.ok || response.status === 409 ? response.json() : null)
      .then((next) => { if (next) render(next); })
      .catch(() => showStatus(words.offline))
      .finally(() => { button.disabled = false; });
  }

  let shownTimers = '';

  function renderTimers() {
    if (!state) return;
    const rows = [];
    const t = now();
    for (const timer of state.timers) {
      const key = timer.text + '@' + timer.dueAt;
      const left = timer.dueAt - t;
      if (left <= 0 && !rung.has(key)) {
        rung.add(key);
        ringing.push(timer);
        ring();
      }
      if (left > 0) rows.push({ key: key, text: timer.text, time: countdown(left), done: false });
    }
    for (const timer of ringing) {
      rows.push({ key: 'done:' + timer.text + '@' + timer.dueAt, text: timer.text, time: words.done || '0:00', done: true });
    }
    const list = $('timer-list');
    const keys = rows.map((row) => row.key).join('\n');
    if (keys === shownTimers) {
      // Same timers: only their clocks change, in place (the list is not rebuilt four times a second).
      list.querySelectorAll('.countdown').forEach((clock, i) => { clock.textContent = rows[i].time; });
    } else {
      shownTimers = keys;
      list.replaceChildren(...rows.map((row) => timerItem(row.text, row.time, row.done)));
    }
    $('no-timers').hidden = rows.length > 0;
    document.body.classList.toggle('ringing', ringing.length > 0);
  }

  function timerItem(label, time, done) {
    const item = document.createElement('li');
    item.className = done ? 'timer done' : 'timer';
    const clock = document.createElement('span');
    clock.className = 'countdown';
    clock.textContent = time;
    const what = document.createElement('span');
    what.className = 'what';
    what.textContent = label;
    item.append(clock, what);
    if (done) item.addEventListener('click', dismiss);
    return item;
  }

  function dismiss() {
    ringing = [];
    renderTimers();
  }

  function unlockSound() {
    if (audio) return;
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    audio = new Context();
    audio.resume();
    $('sound').hidden = true;
  }

  function ring() {
    if (!audio) return;
    // Three short beeps, the kitchen timer's way.
    for (let i = 0; i < 3; i++) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      const start = audio.currentTime + i * 0.35;
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.3);
    }
  }

  async function keepAwake(wanted) {
    if (!('wakeLock' in navigator)) return;
    try {
      if (wanted && !wakeLock && document.visibilityState === 'visible') {
        wakeLock = await navigator.wakeLock.request('screen');
        wakeLock.addEventListener('release', () => { wakeLock = null; });
      } else if (!wanted && wakeLock) {
        await wakeLock.release();
        wakeLock = null;
      }
    } catch (e) {
      wakeLock = null; // refused (battery saver, no permission): the page works on without it
    }
  }

  function showStatus(message) {
    const status = $('status');
    status.textContent = message || '…';
    status.hidden = !message;
  }

  function connect() {
    source = new EventSource(base + '/events');
    source.addEventListener('state', (event) => {
      showStatus('');
      render(JSON.parse(event.data));
    });
    source.addEventListener('revoked', () => {
      source.close();
      document.body.classList.add('revoked');
      showStatus(words.revoked || 'This link was revoked.');
    });
    source.addEventListener('error', () => {
      showStatus(words.offline || '…');
      // The browser reconnects by itself after a network error; after a refusal it gives up: start again.
      if (source.readyState === EventSource.CLOSED && !document.body.classList.contains('revoked')) {
        setTimeout(connect, 3000);
      }
    });
  }

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state) keepAwake(!!state.cook || state.timers.length > 0);
  });
  document.addEventListener('DOMContentLoaded', () => {
    $('sound').addEventListener('click', unlockSound);
    document.body.addEventListener('pointerdown', unlockSound, { once: true });
    setInterval(renderTimers, 250);
    connect();
  });
})();

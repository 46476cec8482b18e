// Admin page enhancements: a live progress bar for the running reindex (polling the admin API with the page's
// session), and cancelling without a page reload. Without this file the page reloads itself while a job runs.
// Every word comes from the page (data-* attributes on #job, in the page's language), so this file holds none.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var box = document.getElementById('job');
  if (!box) {
    return;
  }
  var id = box.getAttribute('data-job-id');
  var bar = document.getElementById('job-progress');
  var text = document.getElementById('job-text');
  var state = document.getElementById('job-state');
  var cancelForm = document.getElementById('cancel-form');
  var home = box.getAttribute('data-home') || '/admin';
  var lang = document.documentElement.lang || 'en';
  var POLL_MS = 1000;

  // A pattern from the page with {0}, {1}... replaced by numbers written as the page's language writes them.
  function fill(name, values) {
    var pattern = box.getAttribute('data-' + name) || '';
    return pattern.replace(/\{(\d)\}/g, function (all, i) {
      var v = values[Number(i)];
      return typeof v === 'number' ? v.toLocaleString(lang) : String(v);
    });
  }

  function stateWord(value) {
    return box.getAttribute('data-state-' + value) || value;
  }

  // The same words as the page's first rendering (AdminPage.progress).
  function describe(job) {
    var text = job.total < 0 ? fill('progress-so-far', [job.processed])
      : fill('progress-of', [job.processed, job.total]);
    if (job.total < 0 && job.queued >= 0) {
      text += ', ' + fill('progress-queued', [job.queued]);
    }
    if (job.failed > 0) {
      text += ', ' + fill('progress-failed', [job.failed]);
    }
    return text;
  }

  function show(job) {
    if (job.total >= 0) {
      bar.max = Math.max(1, job.total);
      bar.value = Math.min(job.processed, job.total);
    } else {
      bar.removeAttribute('value');
    }
    text.textContent = describe(job);
    state.textContent = stateWord(job.state);
    state.className = 'state state-' + job.state;
  }

  function poll() {
    fetch('/api/admin/jobs/' + encodeURIComponent(id), {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (job) {
        show(job);
        if (job.state === 'queued' || job.state === 'running') {
          window.setTimeout(poll, POLL_MS);
        } else {
          // only the state: the job's message is English, and the page reloaded a moment later says why in its
          // own language
          text.textContent = fill('finished', [stateWord(job.state)]);
          window.setTimeout(function () {
            window.location.replace(home);
          }, 600);
        }
      })
      .catch(function () {
        window.location.replace(home); // signed out or restarted: the page says which
      });
  }

  if (cancelForm) {
    cancelForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var csrf = cancelForm.querySelector('input[name="csrf"]').value;
      fetch('/api/admin/jobs/' + encodeURIComponent(id), {
        method: 'DELETE',
        headers: { 'X-CSRF-Token': csrf, 'Accept': 'application/json' },
        credentials: 'same-origin'
      }).then(function (response) {
        if (response.ok) {
          text.textContent = fill('cancelling', []);
        } else {
          cancelForm.submit();
        }
      }).catch(function () {
        cancelForm.submit();
      });
    });
  }

  window.setTimeout(poll, 300);
})();

// Admin page enhancements: a live progress bar for the running reindex (polling the admin API with the page's
// session), and cancelling without a page reload. Without this file the page reloads itself while a job runs.
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
  var POLL_MS = 1000;

  function describe(job) {
    var failed = job.failed > 0 ? ', ' + job.failed + ' failed' : '';
    if (job.total < 0) {
      var queued = job.queued >= 0 ? ', ' + job.queued + ' queued' : '';
      return job.processed + ' documents processed so far' + queued + failed;
    }
    return job.processed + ' of ' + job.total + ' documents processed' + failed;
  }

  function show(job) {
    if (job.total >= 0) {
      bar.max = Math.max(1, job.total);
      bar.value = Math.min(job.processed, job.total);
    } else {
      bar.removeAttribute('value');
    }
    text.textContent = describe(job);
    state.textContent = job.state;
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
          text.textContent = 'Finished: ' + job.state + (job.message ? ' (' + job.message + ')' : '');
          window.setTimeout(function () {
            window.location.replace('/admin');
          }, 600);
        }
      })
      .catch(function () {
        window.location.replace('/admin'); // signed out or restarted: the page says which
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
          text.textContent = 'Cancelling…';
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

// Search page enhancements. The page works fully without this file; with it:
// - the query box completes from /api/suggest,
// - filters, sorting, paging and every link within the results update the page in place, and the address bar
//   keeps the same shareable URL a full reload would have shown (history.pushState).
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  var status = document.getElementById('live-status');
  if (!form || !input) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 760px)');

  // ---------------------------------------------------------------- live results

  var pending = null;

  function contentBox() {
    return document.getElementById('content');
  }

  function foldFiltersOnSmallScreens(box) {
    var panel = box.querySelector('.filters-panel');
    if (panel && narrow.matches) {
      panel.open = false;
    }
  }

  function formUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value.trim() !== '') {
        params.append(name, value.trim());
      }
    });
    var query = params.toString();
    return '/' + (query ? '?' + query : '');
  }

  function openDetails(box) {
    var keys = {};
    box.querySelectorAll('details[data-key]').forEach(function (d) {
      keys[d.getAttribute('data-key')] = d.open;
    });
    return keys;
  }

  function load(url, options) {
    if (pending) {
      pending.abort();
    }
    var controller = new AbortController();
    pending = controller;
    var old = contentBox();
    old.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { 'Accept': 'text/html' }, signal: controller.signal, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok && response.status !== 400) {
          throw new Error('status ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        if (pending !== controller) {
          return;
        }
        pending = null;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('content');
        if (!fresh) {
          window.location.assign(url);
          return;
        }
        var panel = old.querySelector('.filters-panel');
        var panelOpen = panel ? panel.open : true;
        var opened = openDetails(old);
        var adopted = document.importNode(fresh, true);
        old.replaceWith(adopted);
        showFacetFilters(adopted);
        var newPanel = adopted.querySelector('.filters-panel');
        if (newPanel) {
          newPanel.open = panelOpen;
        }
        adopted.querySelectorAll('details[data-key]').forEach(function (d) {
          var key = d.getAttribute('data-key');
          if (Object.prototype.hasOwnProperty.call(opened, key)) {
            d.open = d.open || opened[key];
          }
        });
        document.title = doc.title;
        var freshQ = doc.getElementById('q');
        if (freshQ && document.activeElement !== input) {
          input.value = freshQ.value;
        }
        if (options.push) {
          history.pushState({ alpkb: true }, '', url);
        }
        var heading = document.getElementById('results-heading');
        if (status && heading) {
          status.textContent = heading.textContent.replace(/\s+/g, ' ').trim();
        }
        if (options.focusId && document.getElementById(options.focusId)) {
          document.getElementById(options.focusId).focus();
        } else if (options.focusResults && heading) {
          heading.focus();
          heading.scrollIntoView({ block: 'start' });
        }
      })
      .catch(function (error) {
        if (error && error.name === 'AbortError') {
          return;
        }
        window.location.assign(url);
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    cancelSuggestions();
    load(formUrl(), { push: true });
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) {
      return;
    }
    if (target.getAttribute('form') !== 'search-form' || target.type === 'hidden') {
      return;
    }
    load(formUrl(), { push: true, focusId: target.id });
  });

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey ||
        event.altKey) {
      return;
    }
    var link = event.target.closest ? event.target.closest('a') : null;
    var box = contentBox();
    if (!link || !box || !box.contains(link)) {
      return;
    }
    var href = link.getAttribute('href');
    if (!href || (href !== '/' && href.indexOf('/?') !== 0)) {
      return;
    }
    event.preventDefault();
    load(href, { push: true, focusResults: true });
  });

  // Long facet lists: a box that narrows them to the values (or sub-values) whose name holds what is typed.
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function narrowFacet(box) {
    var wanted = fold(box.value.trim());
    var facet = box.closest('fieldset.facet');
    var items = Array.prototype.slice.call(facet.querySelectorAll('li.facet-value')).reverse();
    items.forEach(function (li) {
      var label = li.querySelector('.facet-label');
      var own = wanted === '' || (label && fold(label.textContent).indexOf(wanted) >= 0);
      var child = li.querySelector('li.facet-value:not([hidden])');
      li.hidden = !(own || child);
      if (wanted !== '' && child) {
        li.querySelectorAll(':scope > details').forEach(function (d) { d.open = true; });
      }
    });
    if (wanted !== '') {
      facet.querySelectorAll('details.facet-more').forEach(function (d) { d.open = true; });
    }
  }

  function showFacetFilters(box) {
    if (box) {
      box.querySelectorAll('input.facet-filter').forEach(function (input) { input.hidden = false; });
    }
  }

  document.addEventListener('input', function (event) {
    if (event.target instanceof HTMLInputElement && event.target.classList.contains('facet-filter')) {
      narrowFacet(event.target);
    }
  });

  window.addEventListener('popstate', function () {
    load(window.location.pathname + window.location.search, { push: false });
  });

  foldFiltersOnSmallScreens(contentBox());
  showFacetFilters(contentBox());

  // ---------------------------------------------------------------- completions

  if (!list) {
    return;
  }
  // the page writes the kinds' names in its own language on the list
  var KINDS = { region: list.dataset.kindRegion, org: list.dataset.kindOrg, project: list.dataset.kindProject,
    sector: list.dataset.kindSector, person: list.dataset.kindPerson };
  var FILTERS = { region: 'region', org: 'org', project: 'project', sector: 'sector', person: 'person' };
  var items = [];
  var active = -1;
  var timer = null;
  var asked = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'q-suggestions');

  // Also forgets a completion still on its way, so it cannot pop up after the search has been made.
  function cancelSuggestions() {
    window.clearTimeout(timer);
    asked++;
    closeSuggestions();
  }

  function closeSuggestions() {
    if (!list) {
      return;
    }
    list.hidden = true;
    list.textContent = '';
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    var options = list.querySelectorAll('[role="option"]');
    options.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (index >= 0 && options[index]) {
      input.setAttribute('aria-activedescendant', options[index].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(suggestions) {
    list.textContent = '';
    items = suggestions;
    active = -1;
    if (!suggestions.length) {
      closeSuggestions();
      return;
    }
    suggestions.forEach(function (s, i) {
      var option = document.createElement('li');
      option.id = 'q-suggestion-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var text = document.createElement('span');
      text.textContent = s.text;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = KINDS[s.type] || list.dataset.kindDocument;
      option.appendChild(text);
      option.appendChild(kind);
      option.addEventListener('mousedown', function (event) {
        event.preventDefault(); // keep the focus in the box until the choice is made
        choose(i);
      });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function choose(index) {
    var s = items[index];
    cancelSuggestions();
    if (!s) {
      return;
    }
    if (FILTERS[s.type] && s.id) {
      // A region, sector, organisation, project or person: filter by it rather than search for its name.
      input.value = '';
      var params = new URLSearchParams(formUrl().replace(/^\/\??/, ''));
      params.delete('q');
      params.append(FILTERS[s.type], s.id);
      load('/?' + params.toString(), { push: true });
    } else if (s.id) {
      window.location.assign('/doc/' + encodeURIComponent(s.id));
    } else {
      input.value = s.text;
      load(formUrl(), { push: true });
    }
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    var prefix = input.value.trim();
    if (prefix.length < 2) {
      closeSuggestions();
      return;
    }
    timer = window.setTimeout(function () {
      var ticket = ++asked;
      fetch('/api/suggest?q=' + encodeURIComponent(prefix), { headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (suggestions) {
          if (ticket === asked && input.value.trim() === prefix) {
            show(Array.isArray(suggestions) ? suggestions : []);
          }
        })
        .catch(function () {
          closeSuggestions(); // completions are a convenience; typing and searching still work
        });
    }, 150);
  });

  input.addEventListener('keydown', function (event) {
    if (list.hidden || !items.length) {
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(active + 1 >= items.length ? 0 : active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeSuggestions();
    }
  });

  input.addEventListener('blur', function () {
    window.setTimeout(closeSuggestions, 100);
  });
})();

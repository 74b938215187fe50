namespace CaseLibrary.Serve;

/// <summary>
/// The script <c>serve</c> adds to every page: reload on a new build, an overlay listing the errors of a failed one.
/// Built with DOM calls and CSSOM styles only, so it runs under the site's CSP (no inline script or style).
/// </summary>
internal static class LiveScriptSource
{
    public const string Text = """
        (function () {
          'use strict';
          var version = null;
          function show(problems) {
            var old = document.getElementById('cl-live-overlay');
            if (old) old.remove();
            var errors = problems.filter(function (p) { return p.severity === 'error'; });
            if (errors.length === 0) return;
            var box = document.createElement('div');
            box.id = 'cl-live-overlay';
            box.setAttribute('role', 'alert');
            var s = box.style;
            s.position = 'fixed'; s.inset = '0'; s.zIndex = '2147483647'; s.overflow = 'auto'; s.padding = '2rem';
            s.background = 'rgba(20, 20, 24, 0.94)'; s.color = '#fff'; s.font = '14px/1.5 ui-monospace, monospace';
            var title = document.createElement('h2');
            title.textContent = 'caselib: the library does not build (' + errors.length + ' error' + (errors.length === 1 ? '' : 's') + '). Still showing the last good build.';
            title.style.color = '#ff8a80';
            box.appendChild(title);
            var list = document.createElement('ul');
            errors.forEach(function (p) {
              var item = document.createElement('li');
              item.textContent = p.text;
              item.style.whiteSpace = 'pre-wrap';
              item.style.margin = '0.5rem 0';
              list.appendChild(item);
            });
            box.appendChild(list);
            var hint = document.createElement('p');
            hint.textContent = 'Fix the file and save: this page reloads by itself.';
            box.appendChild(hint);
            (document.body || document.documentElement).appendChild(box);
          }
          var events = new EventSource('/__caselib/events');
          events.addEventListener('state', function (event) {
            var state = JSON.parse(event.data);
            if (version !== null && state.version !== version) { location.reload(); return; }
            version = state.version;
            document.documentElement.setAttribute('data-caselib-live', String(version));
            if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { show(state.problems); });
            else show(state.problems);
          });
        })();
        """;
}

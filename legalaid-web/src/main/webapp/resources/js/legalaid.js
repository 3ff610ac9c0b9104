/* legalaid: the little script the pages need beyond PrimeFaces. */
var LegalAid = window.LegalAid || {};

/**
 * Shows how many characters a text area holds against its limit, in the element named by its
 * data-counter attribute, whose data-template says it ("{0} / {1} 字"). Over the limit the
 * counter turns red; the server refuses the text with a message, it never cuts it short.
 */
LegalAid.count = function (field) {
    if (!field) {
        return;
    }
    var counter = document.getElementById(field.getAttribute('data-counter'));
    if (!counter) {
        return;
    }
    var max = parseInt(field.getAttribute('data-max'), 10);
    var n = field.value.length;
    counter.textContent = counter.getAttribute('data-template').replace('{0}', n).replace('{1}', max);
    counter.className = n > max ? 'la-counter la-counter-over' : 'la-counter';
};
window.LegalAid = LegalAid;

/**
 * In a table marked la-clickable, a click anywhere on a row follows the row's link
 * (a.la-row-link), so the whole row opens the record while the link stays a real link.
 */
document.addEventListener('click', function (event) {
    var row = event.target.closest ? event.target.closest('.la-clickable tbody tr') : null;
    if (!row || event.target.closest('a, button, input, select, textarea')) {
        return;
    }
    var link = row.querySelector('a.la-row-link');
    if (link) {
        window.location.href = link.href;
    }
});

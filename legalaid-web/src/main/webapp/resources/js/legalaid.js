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

/**
 * Messages where the eye is (issue 18): after every AJAX response, a message that just appeared
 * outside the visible part of the page — the global messages at the top while the user is scrolled
 * down at a button, or a message beside the button — is scrolled into view. Messages inside an open
 * dialog are already where the user looks.
 */
LegalAid.revealMessages = function () {
    var boxes = document.querySelectorAll('.ui-messages > div, .ui-message-error');
    for (var i = 0; i < boxes.length; i++) {
        var box = boxes[i];
        if (box.offsetParent === null || box.closest('.ui-dialog')) {
            continue;
        }
        var r = box.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight) {
            box.scrollIntoView({block: 'center'});
        }
        return;
    }
};
document.addEventListener('DOMContentLoaded', function () {
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', LegalAid.revealMessages);
    }
});

/**
 * A dialog speaks only of its own act (issue 18: the acceptance dialog repeated the page's
 * "已登记 … 的法律援助申请。"): a dialog's message area that has no for-filter shows every message
 * of the response, so on a full page load it would repeat the page's messages (a redirect's flash
 * message) inside every dialog. No dialog has acted yet when a page loads: its message areas start
 * empty. Messages of the dialog's own AJAX acts arrive later and stay.
 */
document.addEventListener('DOMContentLoaded', function () {
    var stale = document.querySelectorAll('.ui-dialog .ui-messages');
    for (var i = 0; i < stale.length; i++) {
        stale[i].innerHTML = '';
    }
});

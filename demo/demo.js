// Switches the widget's language live, to show that answers survive the switch.
const select = document.getElementById('language');
const widget = document.querySelector('beeldbel-keuzehulp');
select.addEventListener('change', () => widget.setAttribute('lang', select.value));

// The host page's own cookie and storage, so a test can prove the widget leaves both
// exactly as they were.
document.cookie = 'host-session=abc123; path=/; SameSite=Lax';
window.localStorage.setItem('host-preference', 'dark');
window.sessionStorage.setItem('host-visit', '1');

/**
 * CMS-safe markup: a placeholder that names the element it stands for
 * (`<div data-career-widget="career-profile" data-occupation="29-2072">`). Its own module, so the watcher in the
 * entry and the upgrader it loads share it without importing each other.
 */
export const MOUNT_SELECTOR = '[data-career-widget]';

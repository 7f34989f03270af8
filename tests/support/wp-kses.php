<?php
// WordPress's own content filter on a post as it is saved (Debian's wordpress package, no database): kses_init()
// hooks wp_filter_post_kses onto content_save_pre unless the user may post unfiltered HTML (administrators and,
// on a single site, editors), exactly as wp-includes/kses.php does on every request. Used by
// tests/support/cms-filters.mjs: php wp-kses.php author|administrator < post.html
define('ABSPATH', getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
function get_option($name, $default = false) { return $default; }
function wp_allowed_protocols() { return ['http', 'https', 'mailto', 'tel']; }
function current_user_can($capability) { return $capability === 'unfiltered_html' && ($GLOBALS['argv'][1] ?? '') === 'administrator'; }
kses_init();
// WordPress hands content_save_pre slashed data (wp_insert_post) and stores it unslashed.
echo wp_unslash(apply_filters('content_save_pre', wp_slash(stream_get_contents(STDIN))));

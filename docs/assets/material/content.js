// Material's inline content script, moved to a file (Content-Security-Policy: no inline scripts).
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))

<nav>
<a href="${content.rootpath}index.html">Home</a>
<a href="${content.rootpath}about.html">About</a>
<a href="${content.rootpath}${config.archive_file}">Archive</a>
<a href="${content.rootpath}${config.feed_file}">Feed</a>
</nav>
<main>

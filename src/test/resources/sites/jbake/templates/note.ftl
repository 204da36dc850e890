<#include "header.ftl">
<#include "menu.ftl">
<h1>Note: ${content.title}</h1>
${content.body}
<p>${published_notes?size} published notes, ${notes?size} in all.</p>
<#include "footer.ftl">

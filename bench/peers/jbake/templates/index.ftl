<#include "header.ftl">
<h1>Fylde Coast Careers</h1>
<ul><#list posts as p><li><a href="${p.uri}">${p.title}</a></li></#list></ul>
<#include "footer.ftl">

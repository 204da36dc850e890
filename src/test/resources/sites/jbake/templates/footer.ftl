</main>
<footer>
<p>${config.site_name}, built by JBake ${version}.</p>
<ul><#list config.footer_links as link><li>${link}</li></#list></ul>
<p>Topics: <#list alltags as t>${t}<#if t_has_next>, </#if></#list></p>
</footer>
</body>
</html>

<#-- A file the engine writes whole (oEmbed JSON, host headers): the model holds its text. -->
${text}
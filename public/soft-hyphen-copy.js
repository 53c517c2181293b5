addEventListener('copy',e=>{let t=getSelection()+'';t.includes('\xad')&&(e.clipboardData.setData('text/plain',t.replace(/\xad/g,'')),e.preventDefault())})

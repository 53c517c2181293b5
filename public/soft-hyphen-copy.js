addEventListener('copy',e=>{let t=getSelection()+'',u=t.replace(/\xad/g,'');u!=t&&(e.clipboardData.setData('text/plain',u),e.preventDefault())})

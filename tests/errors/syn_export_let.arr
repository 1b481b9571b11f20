export let x = 1;

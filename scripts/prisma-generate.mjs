console.log("skip generate (bootstrap)")

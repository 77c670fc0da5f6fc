print("clout")

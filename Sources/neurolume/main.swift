print("neurolume")
